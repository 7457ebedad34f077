/**
 * The /codes filters in the address, so a filtered view can be shared: each change writes `?class=4&group=2` with
 * history.replaceState, and on load the radios take their state from the address. The filtering itself is CSS
 * (CodeFilters.astro), which works without this script.
 */
const filters = document.querySelector<HTMLElement>('.code-filters');
if (filters) {
  const radio = (name: string, value: string) =>
    [...filters.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].find((r) => r.value === value);
  const params = new URLSearchParams(location.search);
  for (const name of ['class', 'group']) {
    const chosen = radio(name, params.get(name) ?? '');
    if (chosen) chosen.checked = true;
  }
  filters.addEventListener('change', () => {
    const next = new URLSearchParams(location.search);
    for (const input of filters.querySelectorAll<HTMLInputElement>('input:checked')) {
      if (input.value) next.set(input.name, input.value);
      else next.delete(input.name);
    }
    const query = next.toString();
    history.replaceState(history.state, '', `${location.pathname}${query && `?${query}`}${location.hash}`);
  });
}

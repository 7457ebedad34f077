import { describe, expect, it } from 'vitest';
import { breadcrumbList, codeArticle, jsonLdText } from '../../src/lib/site/structured-data.ts';

const site = 'https://example.org';

describe('structured data', () => {
  it('ends the breadcrumb trail at the page itself', () => {
    expect(
      breadcrumbList(
        [{ label: 'Home', href: '/' }, { label: 'Codes', href: '/codes' }, { label: '550' }],
        `${site}/codes/550`,
        site,
      ),
    ).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${site}/` },
        { '@type': 'ListItem', position: 2, name: 'Codes', item: `${site}/codes` },
        { '@type': 'ListItem', position: 3, name: '550', item: `${site}/codes/550` },
      ],
    });
  });

  it('describes a code page as an article about a term of the code set', () => {
    const article = codeArticle(
      { code: 550, name: 'File unavailable', summary: 'Refused.', title: 'FTP 550 File unavailable' },
      `${site}/codes/550`,
      site,
    );
    expect(article).toMatchObject({
      '@type': 'TechArticle',
      headline: 'FTP 550 File unavailable',
      about: { '@type': 'DefinedTerm', termCode: '550', inDefinedTermSet: { url: `${site}/codes` } },
    });
  });

  it('cannot be closed early by a value holding </script>', () => {
    const text = jsonLdText([{ name: '</script><script>alert(1)</script>' }]);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)['@graph'][0].name).toBe('</script><script>alert(1)</script>');
  });
});

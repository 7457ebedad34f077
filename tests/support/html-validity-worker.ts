/**
 * One thread of tests/support/html-validity.ts: validates its share of the pages and posts back
 * the messages. The config is resolved once for all of them: html-validate would otherwise look
 * for config files and resolve the presets again for every page, which took half the time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';
import config from '../../.htmlvalidate.mjs';

/** The project config, resolved on first use and then reused for every page. */
class ResolvedOnce extends StaticConfigLoader {
  private resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;
  override getConfigFor(handle: string, override?: ConfigData) {
    if (override) return super.getConfigFor(handle, override);
    return (this.resolved ??= super.getConfigFor(handle));
  }
}

const { dir, files } = workerData as { dir: string; files: string[] };
const validator = new HtmlValidate(new ResolvedOnce(config));
const problems: string[] = [];
for (const file of files) {
  const report = validator.validateStringSync(readFileSync(join(dir, file), 'utf8'), file);
  for (const result of report.results)
    for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
}
parentPort!.postMessage(problems);

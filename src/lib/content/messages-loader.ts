/**
 * Astro content loaders for the YAML files of content folders such as `content/servers/NAME/` and
 * `content/clients/NAME/`. The content guard has already checked the files (naming file, line and field); these
 * only hand the data to the collection and its schema. Entry paths are relative to the project root, as Astro requires,
 * also when `FTP_CONTENT_DIR` points outside it (`../../tmp/...`, as the glob loader gives).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { yamlData } from './yaml-file.ts';

/**
 * One entry per list item of `dir/NAME/file` (e.g. `servers/vsftpd/messages.yaml`): id "NAME/ID", the folder
 * name in `folder`, the position in the file in `order`.
 */
export function folderListLoader(dir: string, file: string): Loader {
  return {
    name: `folder-list:${file}`,
    async load({ store, parseData, config }) {
      store.clear();
      if (!existsSync(dir)) return;
      for (const folder of readdirSync(dir).sort()) {
        const path = join(dir, folder, file);
        const filePath = relative(fileURLToPath(config.root), resolve(path));
        if (!existsSync(path)) continue;
        const list = yamlData(readFileSync(path, 'utf8')) as { id: string }[];
        for (const [order, item] of list.entries()) {
          const id = `${folder}/${item.id}`;
          const data = await parseData({ id, data: { ...item, folder, order }, filePath });
          store.set({ id, data, filePath });
        }
      }
    },
  };
}

/** One entry per folder that has `dir/NAME/file` (e.g. `clients/dotnet/names.yaml`): id "NAME". */
export function folderFileLoader(dir: string, file: string): Loader {
  return {
    name: `folder-file:${file}`,
    async load({ store, parseData, config }) {
      store.clear();
      if (!existsSync(dir)) return;
      for (const folder of readdirSync(dir).sort()) {
        const path = join(dir, folder, file);
        const filePath = relative(fileURLToPath(config.root), resolve(path));
        if (!existsSync(path)) continue;
        const data = await parseData({
          id: folder,
          data: yamlData(readFileSync(path, 'utf8')) as Record<string, unknown>,
          filePath,
        });
        store.set({ id: folder, data, filePath });
      }
    },
  };
}

/**
 * An Astro content loader for every `content/servers/NAME/messages.yaml`: one entry per message, id
 * "NAME/ID", the server's folder name in `server`. The content guard has already checked the files (naming file,
 * line and field); this only hands the data to the collection and its schema.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

export function serverMessagesLoader(dir: string): Loader {
  return {
    name: 'server-messages',
    async load({ store, parseData }) {
      store.clear();
      if (!existsSync(dir)) return;
      for (const server of readdirSync(dir).sort()) {
        const path = join(dir, server, 'messages.yaml');
        if (!existsSync(path)) continue;
        const list = parse(readFileSync(path, 'utf8')) as { id: string }[];
        for (const [order, message] of list.entries()) {
          const id = `${server}/${message.id}`;
          const data = await parseData({ id, data: { ...message, server, order }, filePath: path });
          store.set({ id, data, filePath: path });
        }
      }
    },
  };
}

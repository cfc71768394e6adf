// The desk's change feed: files of the project changed on disk (content/, locales/,
// pipeline/ — by the CLI, git, an XLIFF import or the desk itself) and job progress, sent
// to open pages as server-sent events.

import { EventEmitter } from 'node:events';
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { relative, sep } from 'node:path';

export interface FileEvent {
  /** Project-relative, with forward slashes (`locales/fr/ki-stadt.json`). */
  file: string;
}

export interface JobEvent {
  job: string;
  event: string;
  /** One readable line for the progress log. */
  line: string;
  data: Record<string, unknown>;
}

export class DeskEvents {
  private readonly emitter = new EventEmitter();
  private readonly watchers: FSWatcher[] = [];

  constructor(root: string, folders: readonly string[]) {
    this.emitter.setMaxListeners(0);
    for (const folder of folders) {
      if (!existsSync(folder)) continue;
      try {
        const watcher = watch(folder, { recursive: true }, (_type, name) => {
          if (!name) return;
          const file = relative(root, `${folder}${sep}${name}`).split(sep).join('/');
          // Temporary files of atomic writes (hidden, `.tmp`) and editors' swap files are not changes.
          if (/(^|\/)\.[^/]*$|\.tmp$|~$|\.swp$/.test(file)) return;
          this.emitter.emit('file', { file } satisfies FileEvent);
        });
        watcher.on('error', () => undefined);
        this.watchers.push(watcher);
      } catch {
        // A platform without recursive watching: pages still show fresh files on reload.
      }
    }
  }

  onFile(listener: (event: FileEvent) => void): () => void {
    this.emitter.on('file', listener);
    return () => this.emitter.off('file', listener);
  }

  /** The latest job events, replayed to a page that connects while a run is going on. */
  readonly recentJobs: JobEvent[] = [];

  job(event: JobEvent): void {
    this.recentJobs.push(event);
    if (this.recentJobs.length > 200) this.recentJobs.shift();
    this.emitter.emit('job', event);
  }

  onJob(listener: (event: JobEvent) => void): () => void {
    this.emitter.on('job', listener);
    return () => this.emitter.off('job', listener);
  }

  close(): void {
    for (const watcher of this.watchers) watcher.close();
    this.emitter.removeAllListeners();
  }
}

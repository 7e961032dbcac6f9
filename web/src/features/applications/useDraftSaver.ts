import { useCallback, useEffect, useRef, useState } from 'react';
import { ProblemError } from '../../api/problem';
import { fetchApplication, openDraft, reviseDraft } from './applicationQueries';
import { sameContent, type ApplicationView, type ContentRequest } from './formModel';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'stale' }
  | { kind: 'failed'; error: unknown };

const DEBOUNCE_MS = 1_000;

interface DraftSaverOptions {
  /** the draft being edited, when it exists already, with the content it holds */
  draft?: { id: string; version: number; content?: ContentRequest };
  /** what to save now; undefined while the service would not keep it (基本信息 incomplete) */
  content: () => ContentRequest | undefined;
  /** the draft is stored; `created` on the first save, which opened it */
  onSaved: (saved: ApplicationView, created: boolean) => void;
  /** the draft was changed elsewhere: this is the stored one, which replaces what is in the form */
  onStale: (stored: ApplicationView) => void;
  /** the service refused the content (field errors among others) */
  onRefused: (error: unknown, sent: ContentRequest) => void;
}

/**
 * Saves the draft as the person types: a second after the last change, or at once when asked (下一步, 提交). The first save
 * opens the draft; later ones revise the version last read. Saves run one after another, never side by side.
 */
export function useDraftSaver(options: DraftSaverOptions) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef(options);
  latest.current = options;
  const stored = useRef<{ id?: string; version?: number; content?: ContentRequest; at?: Date }>({ ...options.draft });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const queue = useRef<Promise<string | undefined>>(Promise.resolve(undefined));

  /** Takes the stored draft after an edit elsewhere, so that the next save revises the newest version. */
  const reload = useCallback(async (id: string) => {
    try {
      const current = await fetchApplication(id);
      stored.current = { id, version: current.version };
      setState({ kind: 'stale' });
      latest.current.onStale(current);
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  }, []);

  /** Saves what the form holds unless it is what was stored last; the draft's id when the form's content is stored. */
  const save = useCallback(async (): Promise<string | undefined> => {
    const { content, onSaved, onRefused } = latest.current;
    const sent = content();
    if (!sent) return undefined;
    const { id, version } = stored.current;
    if (id && sameContent(sent, stored.current.content)) {
      // changed back to what is stored (after a refused save, say): nothing to send, and nothing unsaved
      const at = stored.current.at;
      setState((shown) => (shown.kind !== 'failed' ? shown : at ? { kind: 'saved', at } : { kind: 'idle' }));
      return id;
    }
    setState({ kind: 'saving' });
    try {
      const saved = id ? await reviseDraft(id, version!, sent) : await openDraft(sent);
      const at = new Date();
      stored.current = { id: saved.id, version: saved.version, content: sent, at };
      setState({ kind: 'saved', at });
      onSaved(saved, !id);
      return saved.id;
    } catch (error) {
      if (id && error instanceof ProblemError && error.status === 412) {
        await reload(id);
      } else {
        setState({ kind: 'failed', error });
        onRefused(error, sent);
      }
      return undefined;
    }
  }, [reload]);

  const flush = useCallback((): Promise<string | undefined> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    queue.current = queue.current.then(save, save);
    return queue.current;
  }, [save]);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
  }, [flush]);

  // a change made in the last second before leaving the page is still saved
  useEffect(() => () => {
    if (timer.current !== undefined) void flush();
  }, [flush]);

  return { state, schedule, flush };
}

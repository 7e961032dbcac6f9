import { useState } from 'react';

/** One page of a list as every service answers it: the items, the cursor of the next page, the total on the first page. */
export interface Page<T> {
  items?: T[];
  next?: string | null;
  total?: number | null;
}

/** What a list asks the service for: how many, and from where (no cursor for the first page). */
export interface PageRequest {
  limit: number;
  cursor?: string;
}

/**
 * Cursor paging for a table: the cursors of the pages seen so far, so that "previous" goes back and "next" follows
 * the service's cursor. Another scope (a filter changed) starts again from the first page, in the same render, so that
 * no cursor of the old list is ever sent with the new filter.
 */
export function useCursorPages(pageSize = 20, scope = '') {
  const [state, setState] = useState<{ scope: string; cursors: (string | undefined)[] }>({ scope, cursors: [undefined] });
  const cursors = state.scope === scope ? state.cursors : [undefined];
  const index = cursors.length - 1;
  return {
    limit: pageSize,
    cursor: cursors[index],
    pageNumber: index + 1,
    hasPrevious: index > 0,
    next(cursor: string) {
      setState({ scope, cursors: [...cursors, cursor] });
    },
    previous() {
      setState({ scope, cursors: cursors.length > 1 ? cursors.slice(0, -1) : cursors });
    },
  };
}

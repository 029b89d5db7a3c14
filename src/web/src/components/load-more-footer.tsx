interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** The footer of a cursor-paged card: a button for the next page while there is one. */
export function LoadMoreFooter({ list, label = 'Show more' }: { list: PagedQuery; label?: string }) {
  if (!list.hasNextPage) return null;
  return (
    <div className="card-footer">
      <button
        type="button"
        className="btn btn-small"
        onClick={() => void list.fetchNextPage()}
        disabled={list.isFetchingNextPage}
      >
        {list.isFetchingNextPage ? 'Loading…' : label}
      </button>
    </div>
  );
}

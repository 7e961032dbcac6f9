package cn.dalian.laborbrand.platform.paging;

import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * What a caller asks of a list: at most {@code limit} items (20 unless said, 100 at most), after the
 * {@code cursor} the previous page gave (the first page without one). Bound from the query parameters
 * {@code ?limit=…&cursor=…} of every list endpoint.
 */
public record PageQuery(
        @Min(value = 1, message = "每页条数至少为 1") @Max(value = PageQuery.MAX_LIMIT, message = "每页条数最多为 " + PageQuery.MAX_LIMIT) Integer limit,
        @Size(max = 1000, message = "翻页位置过长") String cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** How many items a page holds. */
    public int size() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    /** How many rows to fetch: one more than a page, to know whether another page follows. */
    public int fetchSize() {
        return size() + 1;
    }

    public boolean isFirstPage() {
        return cursor == null || cursor.isEmpty();
    }

    /** The keys the page starts after, for a list ordered by that many keys. */
    public Optional<Cursor> after(int keys) {
        return isFirstPage() ? Optional.empty() : Optional.of(Cursor.decode(cursor, keys));
    }
}

package cn.dalian.laborbrand.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: its items, the cursor of the next page ({@code null} on the last one), and the number of
 * items in the whole list where counting is cheap (on the first page of a list with an index behind its filter;
 * otherwise {@code null}).
 */
public record Page<T>(List<T> items, String next, Long total) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * The page out of the rows fetched for it ({@link PageQuery#fetchSize()}: one more than a page when another
     * page follows), its cursor made of the last item's sort keys.
     */
    public static <T> Page<T> of(List<T> fetched, PageQuery query, Function<T, Cursor> sortKeys, Long total) {
        if (fetched.size() <= query.size()) {
            return new Page<>(fetched, null, total);
        }
        List<T> items = fetched.subList(0, query.size());
        return new Page<>(items, sortKeys.apply(items.getLast()).encode(), total);
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), next, total);
    }

    /** The same page with its items mapped all at once (a MapStruct list method, a batch lookup). */
    public <R> Page<R> mapAll(Function<List<T>, List<R>> mapping) {
        return new Page<>(mapping.apply(items), next, total);
    }
}

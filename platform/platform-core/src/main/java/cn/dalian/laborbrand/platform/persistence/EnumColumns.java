package cn.dalian.laborbrand.platform.persistence;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of enum constants in one text column, as their names in order, separated by commas ({@code CITY,DISTRICT}). */
public final class EnumColumns {

    private EnumColumns() {
    }

    public static String join(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public static <E extends Enum<E>> Set<E> split(String column, Class<E> type) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(name -> Enum.valueOf(type, name)).forEach(values::add);
        }
        return values;
    }
}

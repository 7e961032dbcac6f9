package cn.dalian.laborbrand.application.roster;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/** Where each column of the template is in a file, found by the headers of its first row. */
final class RosterHeader {

    private final int[] positions = new int[RosterColumn.values().length];

    private RosterHeader() {
        Arrays.fill(positions, -1);
    }

    /** The header row read; refuses a file that lacks a required column. */
    static RosterHeader of(List<String> headers) {
        RosterHeader header = new RosterHeader();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            RosterColumn.ofHeader(headers.get(i)).ifPresent(column -> {
                if (header.positions[column.ordinal()] < 0) {
                    header.positions[column.ordinal()] = index;
                }
            });
        }
        List<String> missing = Arrays.stream(RosterColumn.values()).filter(column -> column.required() && header.positions[column.ordinal()] < 0)
                .map(RosterColumn::header).toList();
        if (!missing.isEmpty()) {
            throw new PlatformException(RosterProblem.ROSTER_COLUMNS_MISSING, "花名册第 1 行应为表头，缺少以下列：" + String.join("、", missing)
                    + "。请下载平台提供的模板填写。").with("missingColumns", missing);
        }
        return header;
    }

    Map<RosterColumn, String> cells(List<String> row) {
        Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
        for (RosterColumn column : RosterColumn.values()) {
            int position = positions[column.ordinal()];
            if (position >= 0 && position < row.size()) {
                cells.put(column, row.get(position));
            }
        }
        return cells;
    }
}

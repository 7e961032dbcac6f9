package cn.dalian.laborbrand.application.roster;

/**
 * A row the import did not take, with the reason the unit reads.
 *
 * @param line   the row's line in the file (the header is line 1)
 * @param column the header of the column at fault, or {@code null} when the row as a whole is
 * @param maskedName the worker's name as answers show it, to find the row again; {@code null} when unreadable
 * @param maskedIdNumber the ID number as answers show it; {@code null} when unreadable
 */
public record RowRefusal(int line, String column, String reason, String maskedName, String maskedIdNumber) {
}

package cn.dalian.laborbrand.review.inspection;

import java.util.Objects;

/**
 * A checklist item with what the inspectors found.
 *
 * @param finding null while not verified yet
 * @param note    what differs (required for a discrepancy), or a remark; null when none
 */
public record CheckedItem(ChecklistItem item, Finding finding, String note) {

    public CheckedItem {
        Objects.requireNonNull(item);
    }

    static CheckedItem unchecked(ChecklistItem item) {
        return new CheckedItem(item, null, null);
    }
}

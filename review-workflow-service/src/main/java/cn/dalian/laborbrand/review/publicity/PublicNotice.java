package cn.dalian.laborbrand.review.publicity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.dalian.laborbrand.review.casework.NoticeWindow;
import cn.dalian.laborbrand.review.casework.ReviewCase;

/**
 * A notice (公示) as its district bureau published it: one title, one text, one list of brands, before the public from
 * one day to another inclusive.
 *
 * @param entries the list, in the order the district gave it
 */
public record PublicNotice(UUID id, String district, String campaign, String title, String body, String issuer, LocalDate startsOn,
        LocalDate endsOn, String publishedBy, Instant publishedAt, List<NoticeEntry> entries) {

    public PublicNotice {
        entries = List.copyOf(entries);
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a notice cannot end before it starts");
        }
    }

    /** The notice of cases put under notice together, in the order given, with its generated text. */
    public static PublicNotice of(UUID id, List<ReviewCase> underNotice, NoticeText text, NoticeWindow window, String actor, Instant at) {
        ReviewCase first = underNotice.getFirst();
        List<NoticeEntry> entries = new ArrayList<>();
        for (ReviewCase reviewCase : underNotice) {
            entries.add(new NoticeEntry(UUID.randomUUID(), id, reviewCase.id(), entries.size() + 1, reviewCase.brandName(), reviewCase.unitName(),
                    reviewCase.district(), reviewCase.noticeLevels(), null, null));
        }
        return new PublicNotice(id, first.district(), first.campaign(), text.title(), text.body(), text.issuer(), window.startsOn(),
                window.endsOn(), actor, at, entries);
    }

    /** Whether the public may read it, and object, on the day. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Optional<NoticeEntry> entry(UUID entryId) {
        return entries.stream().filter(entry -> entry.id().equals(entryId)).findFirst();
    }

    /** The brands the public sees now: those not taken off the list after an objection. */
    public List<NoticeEntry> listed() {
        return entries.stream().filter(entry -> !entry.isWithdrawn()).toList();
    }
}

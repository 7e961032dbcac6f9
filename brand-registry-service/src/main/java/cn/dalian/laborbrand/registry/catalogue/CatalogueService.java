package cn.dalian.laborbrand.registry.catalogue;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/** The industries and the guidance catalogue: what anyone signed in reads, what the city maintains, what a classification is checked against. */
@Service
public class CatalogueService {

    private final IndustryClassification industries = IndustryClassification.standard();
    private final CatalogueRepository entries;
    private final Clock clock;

    CatalogueService(CatalogueRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public IndustryClassification industries() {
        return industries;
    }

    @Transactional(readOnly = true)
    public List<CatalogueEntry> entries(boolean activeOnly) {
        return entries.findAll(activeOnly);
    }

    @Transactional(readOnly = true)
    public Optional<CatalogueEntry> entry(String code) {
        return entries.find(code);
    }

    /**
     * Refuses a classification the standard or the catalogue does not allow: an unknown section or division, a division of
     * another section, a catalogue entry that is unknown, inactive or in another division. No entry is a valid answer: a
     * brand may fall outside the catalogue.
     */
    @Transactional(readOnly = true)
    public void requireClassification(String section, String division, Optional<String> catalogueCode) {
        industries.requireDivisionInSection(section, division);
        catalogueCode.ifPresent(code -> entries.find(code).orElseThrow(() -> new PlatformException(CatalogueProblem.CATALOGUE_ENTRY_NOT_FOUND))
                .requireUsableIn(section, division));
    }

    @Transactional
    CatalogueEntry create(String code, String name, String guidance, boolean active, String by) {
        CatalogueEntry entry = CatalogueEntry.define(code, name, guidance, active, industries, by, clock.instant());
        try {
            entries.insert(entry);
        } catch (DuplicateKeyException e) {
            throw new PlatformException(CatalogueProblem.CATALOGUE_CODE_TAKEN);
        }
        return entry;
    }

    @Transactional
    CatalogueEntry revise(String code, String name, String guidance, boolean active, String by) {
        CatalogueEntry revised = entries.find(code).orElseThrow(() -> new PlatformException(CatalogueProblem.CATALOGUE_ENTRY_NOT_FOUND))
                .revise(name, guidance, active, by, clock.instant());
        if (!entries.update(revised)) {
            throw new PlatformException(CatalogueProblem.CONCURRENT_CHANGE);
        }
        return revised;
    }
}

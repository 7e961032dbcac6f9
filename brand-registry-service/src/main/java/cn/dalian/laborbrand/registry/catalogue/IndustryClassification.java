package cn.dalian.laborbrand.registry.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * 国民经济行业分类 (GB/T 4754-2017) down to the divisions (大类): twenty sections (门类 A–T) and their two-digit divisions
 * (01–97), read from the data file {@code catalogue/gbt4754-2017.csv} ({@code kind,code,name}, a division belonging to
 * the section above it).
 */
public final class IndustryClassification {

    public static final String RESOURCE = "catalogue/gbt4754-2017.csv";

    private final List<IndustrySection> sections;
    private final Map<String, IndustrySection> sectionOfDivision = new LinkedHashMap<>();

    private IndustryClassification(List<IndustrySection> sections) {
        this.sections = List.copyOf(sections);
        sections.forEach(section -> section.divisions().forEach(division -> sectionOfDivision.put(division.code(), section)));
    }

    /** The classification shipped with the service. */
    public static IndustryClassification standard() {
        try (InputStream data = IndustryClassification.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (data == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return read(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IndustryClassification read(InputStream data) throws IOException {
        List<IndustrySection> sections = new ArrayList<>();
        String sectionCode = null;
        String sectionName = null;
        List<IndustryDivision> divisions = new ArrayList<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",", 3);
            switch (fields[0]) {
                case "S" -> {
                    if (sectionCode != null) {
                        sections.add(new IndustrySection(sectionCode, sectionName, divisions));
                    }
                    sectionCode = fields[1];
                    sectionName = fields[2];
                    divisions = new ArrayList<>();
                }
                case "D" -> divisions.add(new IndustryDivision(fields[1], fields[2]));
                default -> throw new IllegalStateException("not a line of " + RESOURCE + ": " + line);
            }
        }
        if (sectionCode != null) {
            sections.add(new IndustrySection(sectionCode, sectionName, divisions));
        }
        return new IndustryClassification(sections);
    }

    public List<IndustrySection> sections() {
        return sections;
    }

    public Optional<IndustrySection> section(String code) {
        return sections.stream().filter(section -> section.code().equals(code)).findFirst();
    }

    public Optional<IndustryDivision> division(String code) {
        return Optional.ofNullable(sectionOfDivision.get(code)).flatMap(section -> section.division(code));
    }

    /** Refuses a section or division the standard does not know, and a division outside the section named with it. */
    public void requireDivisionInSection(String sectionCode, String divisionCode) {
        IndustrySection section = section(sectionCode).orElseThrow(() -> new PlatformException(CatalogueProblem.UNKNOWN_INDUSTRY,
                "国民经济行业分类（GB/T 4754-2017）没有门类“" + sectionCode + "”，门类为 A 至 T。"));
        if (section.division(divisionCode).isEmpty()) {
            throw new PlatformException(CatalogueProblem.UNKNOWN_INDUSTRY, "大类“" + divisionCode + "”不属于门类 " + section.code() + " "
                    + section.name() + "（该门类的大类为 " + section.divisionRange() + "）。");
        }
    }

    /** A section (门类) with its divisions (大类). */
    public record IndustrySection(String code, String name, List<IndustryDivision> divisions) {

        public IndustrySection {
            divisions = List.copyOf(divisions);
        }

        public Optional<IndustryDivision> division(String code) {
            return divisions.stream().filter(division -> division.code().equals(code)).findFirst();
        }

        String divisionRange() {
            String first = divisions.getFirst().code();
            String last = divisions.getLast().code();
            return first.equals(last) ? first : first + "–" + last;
        }
    }

    /** A division (大类), two digits. */
    public record IndustryDivision(String code, String name) {
    }
}

package cn.dalian.laborbrand.review.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.dalian.laborbrand.review.inspection.Attachment;
import cn.dalian.laborbrand.review.inspection.InspectionRecord;
import cn.dalian.laborbrand.review.inspection.InspectionStatus;

/**
 * The city submission package of a district (报送市级材料包), written into a ZIP as it goes: one folder per case, named by
 * its brand, holding {@value #FORM}, {@value #OPINION}, {@value #INSPECTION} (once the inspection is concluded), the
 * unit's materials under {@value #MATERIALS}/ by kind and the inspection's photos and documents under
 * {@value #INSPECTION_FILES}/. Each file is fetched whole into a temporary file before it enters the ZIP, so that one that
 * cannot be fetched (or breaks off) leaves no broken entry: it goes on the folder's {@value #MISSING} with the reason,
 * together with the mandatory kinds the unit handed no file for and an inspection record the case lacks, and the package
 * goes on.
 */
final class CityPackage implements AutoCloseable {

    static final String FORM = "附件1 劳务品牌申报表.pdf";
    static final String OPINION = "区级审核意见.pdf";
    static final String MATERIALS = "申报材料";
    static final String MISSING = "缺失材料清单.txt";
    static final String INSPECTION = "实地查验记录.pdf";
    static final String INSPECTION_FILES = "实地查验附件";

    /** A case's part of the package; its documents already rendered (form empty: the application was not kept, see the list). */
    record CaseFolder(String brandName, String unitName, UUID applicationId, Optional<byte[]> form, byte[] opinion, Inspection inspection) {
    }

    /**
     * A case's on-site inspection as the package holds it: the record rendered once concluded, with the photos and
     * documents it names; else none of it, and why.
     *
     * @param absence the line of the missing list; null when the record is there
     */
    record Inspection(Optional<byte[]> record, List<Attachment> attachments, String absence) {

        Inspection {
            attachments = List.copyOf(attachments);
        }

        /** The case's inspection as saved (empty: nothing saved), rendered by {@code rendered} when concluded. */
        static Inspection of(Optional<InspectionRecord> saved, Function<InspectionRecord, byte[]> rendered) {
            InspectionStatus status = saved.map(InspectionRecord::status).orElse(InspectionStatus.NOT_STARTED);
            return switch (status) {
                case CONCLUDED -> new Inspection(Optional.of(rendered.apply(saved.get())), saved.get().attachments(), null);
                case DRAFT -> new Inspection(Optional.empty(), List.of(),
                        "实地查验尚未作出查验结论（" + status.label() + "），查验记录及其附件未收入本材料包");
                case NOT_STARTED -> new Inspection(Optional.empty(), List.of(), "该案件没有实地查验记录");
            };
        }
    }

    private final ZipOutputStream zip;
    private final ZipNames folders = new ZipNames();
    private final Instant drawnUpAt;

    CityPackage(OutputStream out, Instant drawnUpAt) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.drawnUpAt = drawnUpAt;
    }

    /** Adds a case's folder, with its materials as the unit's source gives them. */
    void add(CaseFolder folder, UnitMaterials materials) {
        String root = folders.unique(folder.brandName(), "未命名品牌") + "/";
        List<String> missing = new ArrayList<>();
        List<String> notHandedIn = new ArrayList<>();
        if (folder.form().isPresent()) {
            entry(root + FORM, folder.form().get());
        } else {
            missing.add(FORM + "：评审服务未保存该申报的申报表内容（早于保存功能受理），请向申报单位调取纸质申报表");
        }
        entry(root + OPINION, folder.opinion());
        Inspection inspection = folder.inspection();
        if (inspection.record().isPresent()) {
            entry(root + INSPECTION, inspection.record().get());
        } else {
            missing.add(INSPECTION + "：" + inspection.absence());
        }
        addMaterials(root, folder.applicationId(), materials, missing, notHandedIn);
        addInspectionFiles(root, folder.applicationId(), inspection.attachments(), materials, missing);
        if (!missing.isEmpty() || !notHandedIn.isEmpty()) {
            entry(root + MISSING, missingList(folder, missing, notHandedIn).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Finishes the ZIP (the stream stays open). */
    @Override
    public void close() throws IOException {
        zip.finish();
    }

    private void addMaterials(String root, UUID applicationId, UnitMaterials materials, List<String> missing, List<String> notHandedIn) {
        List<UnitMaterials.Kind> checklist;
        try {
            checklist = materials.checklist(applicationId);
        } catch (UnitMaterials.Unavailable unavailable) {
            missing.add("全部申报材料：" + unavailable.getMessage());
            return;
        }
        ZipNames kinds = new ZipNames();
        int number = 0;
        for (UnitMaterials.Kind kind : checklist) {
            number++;
            if (kind.missing()) {
                notHandedIn.add(kind.label());
            }
            if (kind.files().isEmpty()) {
                continue;
            }
            String kindFolder = root + MATERIALS + "/" + kinds.unique("%02d %s".formatted(number, kind.label()), "%02d".formatted(number)) + "/";
            ZipNames files = new ZipNames();
            for (UnitMaterials.File file : kind.files()) {
                try {
                    fetched(kindFolder, files, part -> materials.download(applicationId, file, part));
                } catch (UnitMaterials.Unavailable unavailable) {
                    missing.add(kind.label() + " / " + file.label() + "：" + unavailable.getMessage());
                }
            }
        }
    }

    /** The inspection's photos and documents, each as the materials are: a file that cannot be fetched is listed. */
    private void addInspectionFiles(String root, UUID applicationId, List<Attachment> attachments, UnitMaterials materials,
            List<String> missing) {
        ZipNames files = new ZipNames();
        for (Attachment attachment : attachments) {
            try {
                fetched(root + INSPECTION_FILES + "/", files, part -> materials.downloadInspectionFile(applicationId, attachment, part));
            } catch (UnitMaterials.Unavailable unavailable) {
                missing.add(INSPECTION_FILES + " / " + attachment.name() + "：" + unavailable.getMessage());
            }
        }
    }

    /** Fetches a file whole into a temporary file with {@code download} (which answers its name), then into the folder. */
    private void fetched(String folder, ZipNames files, Function<Path, String> download) {
        Path part = null;
        try {
            part = Files.createTempFile("city-package-", ".part");
            String name = download.apply(part);
            zip.putNextEntry(new ZipEntry(folder + files.unique(name, "材料")));
            Files.copy(part, zip);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(part);
        }
    }

    private void entry(String name, byte[] content) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 with a byte-order mark and CRLF, so that Windows Notepad of any age reads it. */
    private String missingList(CaseFolder folder, List<String> missing, List<String> notHandedIn) {
        StringBuilder text = new StringBuilder("\uFEFF缺失材料清单\r\n");
        text.append("品牌名称：").append(folder.brandName()).append("\r\n");
        text.append("申报单位：").append(folder.unitName()).append("\r\n");
        text.append("生成时间：").append(Wording.moment(drawnUpAt)).append("\r\n");
        if (!missing.isEmpty()) {
            text.append("\r\n以下材料未能收入本材料包：\r\n");
            numbered(text, missing);
        }
        if (!notHandedIn.isEmpty()) {
            text.append("\r\n申报单位未提交的必备材料：\r\n");
            numbered(text, notHandedIn);
        }
        return text.toString();
    }

    private static void numbered(StringBuilder text, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            text.append(i + 1).append(". ").append(lines.get(i)).append("\r\n");
        }
    }

    private static void deleteQuietly(Path part) {
        if (part == null) {
            return;
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            part.toFile().deleteOnExit();
        }
    }
}

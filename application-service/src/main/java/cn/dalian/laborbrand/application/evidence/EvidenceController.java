package cn.dalian.laborbrand.application.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.application.intake.Applicant;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/**
 * An application's materials (申报材料). The unit uploads a file as the raw request body (never multipart: the body
 * streams to the store and is never held in memory) and deletes one while its materials may change; whoever may read
 * the application reads the checklist and downloads the files. The district bureau's inspection files are not among
 * them ({@link InspectionFileController}).
 */
@RestController
@RequestMapping("/api/applications/{id}/materials")
@Validated
class EvidenceController {

    private final EvidenceService evidence;
    private final EvidenceMapper mapper;
    private final FileTransfer transfer;

    EvidenceController(EvidenceService evidence, EvidenceMapper mapper, FileTransfer transfer) {
        this.evidence = evidence;
        this.mapper = mapper;
        this.transfer = transfer;
    }

    /** Every kind of material the application's campaign asks for, whether mandatory and why, and the files handed in. */
    @GetMapping
    @PreAuthorize("hasAnyRole('APPLICANT', 'DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    MaterialsView materials(CurrentUser user, @PathVariable UUID id) {
        return evidence.materials(id, user);
    }

    /**
     * A file of a kind, as the request body itself ({@code Content-Type: application/octet-stream} or the file's own
     * type, which is not trusted: the type is sniffed from the bytes). {@code name} is the file's name, only a label.
     */
    @PostMapping("/{kind}/files")
    @PreAuthorize("hasRole('APPLICANT')")
    ResponseEntity<MaterialsView.FileView> upload(CurrentUser user, @PathVariable UUID id, @PathVariable MaterialKind kind,
            @RequestParam(required = false) @Size(max = 255, message = "文件名不能超过 255 个字符") String name, HttpServletRequest request)
            throws IOException {
        transfer.requireRawBody(request);
        MaterialFile file;
        try (InputStream body = request.getInputStream()) {
            file = evidence.upload(id, kind, name, body, request.getContentLengthLong(), new Applicant(user.requireOrgId(), user.username()));
        }
        return ResponseEntity.created(URI.create("/api/applications/" + id + "/materials/files/" + file.id())).body(mapper.toView(file));
    }

    /** The file's bytes as stored, with the sniffed type, its length and its name as an attachment (RFC 6266/5987). */
    @GetMapping("/files/{fileId}")
    @PreAuthorize("hasAnyRole('APPLICANT', 'DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    void download(CurrentUser user, @PathVariable UUID id, @PathVariable UUID fileId, HttpServletResponse response) throws IOException {
        MaterialFile file = evidence.readable(id, fileId, user);
        try (InputStream content = evidence.open(file)) {
            transfer.send(file, content, response);
        }
    }

    /** Deletes a file while the application is a draft or a supplement is asked. */
    @DeleteMapping("/files/{fileId}")
    @PreAuthorize("hasRole('APPLICANT')")
    ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id, @PathVariable UUID fileId) {
        evidence.delete(id, fileId, new Applicant(user.requireOrgId(), user.username()));
        return ResponseEntity.noContent().build();
    }
}

package cn.dalian.laborbrand.application.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/**
 * The district bureau's photos and documents of its on-site inspection (实地查验) of an application under review, kept
 * with the application's evidence: the bureau of the application's district uploads them (as the raw request body, like
 * materials), it and the city's staff list and download them. The unit neither sees nor deletes them; the inspection
 * record in review-workflow-service names them by id.
 */
@RestController
@RequestMapping("/api/applications/{id}/inspection-files")
@Validated
class InspectionFileController {

    private final EvidenceService evidence;
    private final EvidenceMapper mapper;
    private final FileTransfer transfer;

    InspectionFileController(EvidenceService evidence, EvidenceMapper mapper, FileTransfer transfer) {
        this.evidence = evidence;
        this.mapper = mapper;
        this.transfer = transfer;
    }

    /** The application's inspection files, oldest first (a handful: not paged). */
    @GetMapping
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    List<MaterialsView.FileView> files(CurrentUser user, @PathVariable UUID id) {
        return mapper.toViews(evidence.inspectionFiles(id, user));
    }

    /** A photo or document (PDF, JPEG, PNG) as the request body; {@code name} is its name, only a label. */
    @PostMapping
    @PreAuthorize("hasRole('DISTRICT_REVIEWER')")
    ResponseEntity<MaterialsView.FileView> upload(CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) @Size(max = 255, message = "文件名不能超过 255 个字符") String name, HttpServletRequest request)
            throws IOException {
        transfer.requireRawBody(request);
        MaterialFile file;
        try (InputStream body = request.getInputStream()) {
            file = evidence.receiveInspectionFile(id, name, body, request.getContentLengthLong(), user);
        }
        return ResponseEntity.created(URI.create("/api/applications/" + id + "/inspection-files/" + file.id())).body(mapper.toView(file));
    }

    @GetMapping("/{fileId}")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    void download(CurrentUser user, @PathVariable UUID id, @PathVariable UUID fileId, HttpServletResponse response) throws IOException {
        MaterialFile file = evidence.readableInspectionFile(id, fileId, user);
        try (InputStream content = evidence.open(file)) {
            transfer.send(file, content, response);
        }
    }
}

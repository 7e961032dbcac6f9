package cn.dalian.laborbrand.application.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest file each kind of material takes.
 *
 * @param documents the largest PDF, JPEG or PNG
 * @param roster    the largest roster (XLSX or CSV)
 */
@ConfigurationProperties("laborbrand.evidence.limits")
public record EvidenceLimits(@DefaultValue("20MB") DataSize documents, @DefaultValue("200MB") DataSize roster) {

    /** The largest file of the kind, in bytes. */
    public long of(MaterialKind kind) {
        return (kind.format() == MaterialKind.Format.TABLE ? roster : documents).toBytes();
    }
}

package cn.dalian.laborbrand.registry.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxSize the largest evidence file or decision document accepted (a scanned document of a few pages) */
@ConfigurationProperties("laborbrand.registry.files")
record FilesProperties(@DefaultValue("10MB") DataSize maxSize) {
}

package cn.dalian.laborbrand.platform.starter.input;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much input a service takes.
 *
 * @param maxJsonBody the largest JSON body a request may carry; larger ones are refused (413) by their declared
 *                    length before they are read, or once that much was read (files go to upload endpoints, which
 *                    stream, not here). The largest body a service takes is review-workflow's inspection draft:
 *                    100 findings with 500-character notes and 50 attachment names, about 230 KB in UTF-8 and
 *                    twice that from a client that escapes every Chinese character (six bytes instead of three); 1 MB
 *                    leaves room.
 */
@ConfigurationProperties("laborbrand.input")
public record InputProperties(@DefaultValue("1MB") DataSize maxJsonBody) {
}

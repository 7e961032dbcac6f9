package cn.dalian.laborbrand.platform.starter.input;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much input a service takes.
 *
 * @param maxJsonBody the largest JSON body a request may carry; larger ones are refused (413) by their declared
 *                    length before they are read, or once that much was read (files go to upload endpoints, which
 *                    stream, not here)
 */
@ConfigurationProperties("laborbrand.input")
public record InputProperties(@DefaultValue("256KB") DataSize maxJsonBody) {
}

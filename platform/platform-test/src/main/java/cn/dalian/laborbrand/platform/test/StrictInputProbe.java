package cn.dalian.laborbrand.platform.test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.validation.PlainName;

/**
 * A JSON endpoint that exists only in tests ({@code POST /test/strict-input}), with a field of every kind, for the
 * services whose own API takes no JSON body yet: {@link StrictInputContract} shows on it that the service reads
 * JSON the platform's strict way, and counts what got through.
 */
@RestController
public class StrictInputProbe {

    public static final String PATH = "/test/strict-input";

    private final AtomicLong accepted = new AtomicLong();

    /** One of everything a request body carries: a name, a free text, a closed list, a yes/no, a count, a list of texts. */
    public record ProbeRequest(
            @NotBlank(message = "请填写名称") @PlainName @Size(max = 100) String name,
            @Size(max = 2000) String comment,
            @NotNull BrandLevel level,
            @NotNull Boolean approved,
            @NotNull @Min(0) @Max(1_000_000) Integer count,
            @Size(max = 10) List<@NotBlank String> tags) {
    }

    @PostMapping(PATH)
    ProbeRequest accept(@Valid @RequestBody ProbeRequest request) {
        accepted.incrementAndGet();
        return request;
    }

    public long accepted() {
        return accepted.get();
    }
}

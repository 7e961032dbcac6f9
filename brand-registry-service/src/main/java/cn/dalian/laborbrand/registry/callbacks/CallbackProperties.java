package cn.dalian.laborbrand.registry.callbacks;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The city's setting for each quarter's sample (kept with every sample drawn, so a draw can be redone later).
 *
 * @param sampleMaximum at most this many workers per brand and quarter ({@code CALLBACK_SAMPLE_MAXIMUM})
 * @param sampleShare   this share of the counted workers, rounded up ({@code CALLBACK_SAMPLE_SHARE})
 */
@ConfigurationProperties("laborbrand.registry.callbacks")
record CallbackProperties(@DefaultValue("30") int sampleMaximum, @DefaultValue("0.05") BigDecimal sampleShare) {

    SampleSize sampleSize() {
        return new SampleSize(sampleMaximum, sampleShare);
    }
}

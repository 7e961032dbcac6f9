package cn.dalian.laborbrand.registry.callbacks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.DataScope;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.registry.brand.Brand;
import cn.dalian.laborbrand.registry.brand.BrandService;
import cn.dalian.laborbrand.registry.brand.BrandStatus;

/**
 * The quarterly phone call-backs (定期电话回访) of a district's brands: the sample drawn once per brand and quarter from
 * the workers the roster counted, the call list with numbers masked, one number revealed at a time (recorded here and
 * by application-service), the outcomes and the summary per quarter.
 */
@Service
public class CallbackService {

    /** The stratum of workers the roster lists without an employer (trained, not yet employed). */
    static final String NO_EMPLOYER = "（无用工单位）";

    private final BrandService brands;
    private final RosterWorkers rosters;
    private final CallbackRepository samples;
    private final CallbackProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CallbackService(BrandService brands, RosterWorkers rosters, CallbackRepository samples, CallbackProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.brands = brands;
        this.rosters = rosters;
        this.samples = samples;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What a draw answers: the quarter's sample, and whether this request drew it or it stood already. */
    record Drawn(SampleRecord sample, boolean created) {
    }

    /**
     * Draws the quarter's sample once: a quarter already drawn answers its sample as it stands; otherwise the roster's
     * counted workers are read from application-service (outside any transaction) and the sample kept with its call list.
     */
    Drawn draw(UUID brandId, String quarterText, DataScope scope, String drawnBy) {
        Brand brand = brandInScope(brandId, scope);
        SamplingQuarter quarter = SamplingQuarter.parse(quarterText);
        Optional<SampleRecord> existing = samples.find(brand.id(), quarter);
        if (existing.isPresent()) {
            return new Drawn(existing.get(), false);
        }
        // the quarter under way is Dalian's, whatever zone the server runs in
        quarter.requireDrawable(LocalDate.ofInstant(clock.instant(), ChineseDates.DALIAN), brand.certifiedOn());
        if (brand.status() == BrandStatus.EXITED) {
            throw new PlatformException(CallbackProblem.BRAND_EXITED);
        }
        List<RosterWorkers.RosterWorker> counted = rosters.workers(brand.applicationId()).stream().filter(RosterWorkers.RosterWorker::counted)
                .toList();
        if (counted.isEmpty()) {
            throw new PlatformException(CallbackProblem.NO_COUNTED_WORKERS);
        }
        SampleRecord sample = sampleOf(brand.id(), quarter, counted, drawnBy);
        try {
            transactions.executeWithoutResult(status -> samples.insert(sample));
            return new Drawn(sample, true);
        } catch (DuplicateKeyException drawnMeanwhile) {
            return new Drawn(samples.find(brand.id(), quarter).orElseThrow(), false);
        }
    }

    private SampleRecord sampleOf(UUID brandId, SamplingQuarter quarter, List<RosterWorkers.RosterWorker> counted, String drawnBy) {
        Map<String, RosterWorkers.RosterWorker> byId = counted.stream()
                .collect(Collectors.toMap(worker -> Integer.toString(worker.line()), Function.identity()));
        List<WorkerRecord> roster = counted.stream()
                .map(worker -> new WorkerRecord(Integer.toString(worker.line()), worker.year(), employerOf(worker))).toList();
        SampleSize size = properties.sampleSize();
        CallbackSample drawn = CallbackSampling.draw(brandId, quarter, roster, size);
        List<CallRecord> calls = new ArrayList<>();
        for (WorkerRecord worker : drawn.workers()) {
            RosterWorkers.RosterWorker listed = byId.get(worker.workerId());
            calls.add(new CallRecord(calls.size() + 1, listed.line(), listed.year(), worker.employer(), listed.maskedName(), listed.maskedPhone(),
                    null, null, null, null, 0));
        }
        return new SampleRecord(UUID.randomUUID(), brandId, quarter, drawn.seed(), calls.size(), size.maximum(), size.share(), roster.size(),
                drawnBy, clock.instant(), calls);
    }

    private static String employerOf(RosterWorkers.RosterWorker worker) {
        return worker.employer() == null || worker.employer().isBlank() ? NO_EMPLOYER : worker.employer();
    }

    @Transactional(readOnly = true)
    SampleRecord sample(UUID brandId, String quarterText, DataScope scope) {
        return sampleOf(brandInScope(brandId, scope), quarterText);
    }

    /** Every quarter's summary of the brand, the latest first. */
    @Transactional(readOnly = true)
    List<SampleRecord> samples(UUID brandId, DataScope scope) {
        return samples.findAll(brandInScope(brandId, scope).id());
    }

    /**
     * One call's number (and name) in full, for the reason given: the reveal is recorded here and application-service
     * records its disclosure, in this transaction; if application-service cannot answer, neither record stays. Nothing
     * in full is kept.
     */
    @Transactional
    RosterWorkers.Disclosure reveal(UUID brandId, String quarterText, int position, String reason, DataScope scope, String revealedBy,
            String role) {
        Brand brand = brandInScope(brandId, scope);
        SampleRecord sample = sampleOf(brand, quarterText);
        CallRecord call = callOf(sample, position);
        samples.recordReveal(sample.id(), position, revealedBy, role, reason, clock.instant());
        return rosters.disclose(brand.applicationId(), call.rosterLine(), reason);
    }

    /** Records (or corrects) what a call found; the outcome must be consistent ({@link CallOutcome}). */
    @Transactional
    CallRecord recordOutcome(UUID brandId, String quarterText, int position, CallOutcome.Reach reach, CallOutcome.Employment employment,
            boolean complaint, String note, DataScope scope, String calledBy) {
        Brand brand = brandInScope(brandId, scope);
        SampleRecord sample = sampleOf(brand, quarterText);
        CallRecord call = callOf(sample, position);
        CallOutcome outcome = new CallOutcome(Integer.toString(call.rosterLine()), reach, employment, complaint);
        Instant at = clock.instant();
        CallRecord recorded = new CallRecord(call.position(), call.rosterLine(), call.rosterYear(), call.employer(), call.maskedName(),
                call.maskedPhone(), outcome, note, calledBy, at, call.reveals());
        samples.recordOutcome(sample.id(), recorded);
        return recorded;
    }

    private SampleRecord sampleOf(Brand brand, String quarterText) {
        return samples.find(brand.id(), SamplingQuarter.parse(quarterText))
                .orElseThrow(() -> new PlatformException(CallbackProblem.SAMPLE_NOT_DRAWN));
    }

    private static CallRecord callOf(SampleRecord sample, int position) {
        return sample.calls().stream().filter(call -> call.position() == position).findFirst()
                .orElseThrow(() -> new PlatformException(CallbackProblem.CALL_NOT_FOUND).with("position", position));
    }

    private Brand brandInScope(UUID brandId, DataScope scope) {
        return brands.find(brandId).filter(brand -> scope.covers(brand.orgId(), brand.district()))
                .orElseThrow(() -> new PlatformException(CallbackProblem.BRAND_NOT_FOUND));
    }
}

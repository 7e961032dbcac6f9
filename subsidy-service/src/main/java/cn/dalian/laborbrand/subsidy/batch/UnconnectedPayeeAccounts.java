package cn.dalian.laborbrand.subsidy.batch;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * Until application-service answers finance staff's payee-account reads (issue 12), no account can be read: preparing a batch
 * is refused with 503 and nothing is written, rather than paying to an account nobody verified.
 */
@Component
class UnconnectedPayeeAccounts implements PayeeAccounts {

    @Override
    public Optional<PayeeAccount> of(String creditCode) {
        throw new PlatformException(BatchProblem.PAYEE_SERVICE_UNAVAILABLE, "收款账户查询尚未接入申报服务，暂不能编制支付批次。");
    }
}

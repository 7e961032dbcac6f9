package cn.dalian.laborbrand.subsidy.payment;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(imports = cn.dalian.laborbrand.platform.privacy.Masks.class)
interface PaymentMapper {

    @Mapping(target = "entitlementId", source = "order.entitlementId")
    @Mapping(target = "orgId", source = "order.orgId")
    @Mapping(target = "unitName", source = "order.unitName")
    @Mapping(target = "brandName", source = "order.brandName")
    @Mapping(target = "level", source = "order.level")
    @Mapping(target = "levelLabel", expression = "java(payment.order().level().label())")
    @Mapping(target = "amountFen", source = "order.amount.fen")
    @Mapping(target = "amountText", expression = "java(payment.order().amount().display())")
    @Mapping(target = "payeeAccountName", source = "order.payee.accountName")
    @Mapping(target = "payeeBankName", source = "order.payee.bankName")
    @Mapping(target = "payeeAccountNumber", expression = "java(Masks.accountNumber(payment.order().payee().number()))")
    @Mapping(target = "statusLabel", expression = "java(payment.status().label())")
    @Mapping(target = "bankTransactionId", source = "transactionId")
    PaymentView toView(Payment payment);

    List<PaymentView> toViews(List<Payment> payments);
}

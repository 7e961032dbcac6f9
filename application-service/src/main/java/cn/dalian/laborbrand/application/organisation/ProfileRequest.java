package cn.dalian.laborbrand.application.organisation;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.platform.validation.PlainName;

/**
 * What the unit fills in on its profile. Formats are checked here; the credit code and the account name by the profile.
 * The mobile and the account number are answered masked, so a later save may leave them out to keep the stored ones.
 */
public record ProfileRequest(
        @NotBlank(message = "请填写统一社会信用代码") String creditCode,
        @NotBlank(message = "请填写单位名称") @PlainName @Size(max = 200, message = "单位名称不能超过 200 个字") String legalName,
        @NotNull(message = "请选择单位类型") UnitType unitType,
        @NotBlank(message = "请选择注册地所在区市县或先导区") @Size(max = 16, message = "区市县代码不正确") String district,
        @NotBlank(message = "请填写单位地址") @PlainName @Size(max = 200, message = "单位地址不能超过 200 个字") String address,
        @NotBlank(message = "请填写负责人姓名") @PlainName @Size(max = 50, message = "负责人姓名不能超过 50 个字") String personInCharge,
        @NotBlank(message = "请填写办公电话")
        @Pattern(regexp = "(0\\d{2,3}-?)?\\d{7,8}(-\\d{1,6})?|1[3-9]\\d{9}", message = "办公电话格式不正确，例如 0411-86651234")
        String officePhone,
        @Pattern(regexp = "1[3-9]\\d{9}", message = "手机号码应为 11 位数字，以 13–19 开头") String mobile,
        @NotBlank(message = "请填写联系邮箱") @Email(message = "联系邮箱格式不正确") @Size(max = 100, message = "联系邮箱不能超过 100 个字符") String email,
        @NotNull(message = "请填写补贴收款账户") @Valid BankAccountRequest bankAccount,
        @NotNull(message = "请确认各项承诺") Set<@NotNull DeclarationKind> declarations) {

    public record BankAccountRequest(
            @NotBlank(message = "请填写账户名称") @PlainName @Size(max = 200, message = "账户名称不能超过 200 个字") String accountName,
            @NotBlank(message = "请填写开户银行") @PlainName @Size(max = 100, message = "开户银行不能超过 100 个字") String bankName,
            @Pattern(regexp = "\\d{8,30}", message = "银行账号应为 8 至 30 位数字") String number) {
    }

    OrganisationProfile.Particulars toParticulars() {
        return new OrganisationProfile.Particulars(creditCode.strip(), legalName, unitType, district, address, personInCharge, officePhone,
                mobile, email, new BankAccount(bankAccount.accountName(), bankAccount.bankName(), bankAccount.number()), declarations);
    }
}

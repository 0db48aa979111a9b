package cn.incubator.platform.creditcode;

import cn.incubator.platform.creditcode.InvalidCreditCodeException.Reason;
import java.util.Locale;
import java.util.Objects;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015), e.g. 51430100MJ0000000P.
 *
 * <p>Layout: position 1 registration authority 登记管理部门 ({@code 5} = 民政 civil affairs), 2 organisation
 * type 机构类别 (for civil affairs {@code 1} 社会团体, {@code 2} 民办非企业单位/社会服务机构, {@code 3} 基金会,
 * {@code 9} other), 3–8 the authority's division code 行政区划码, 9–17 the organisation code 组织机构代码
 * (GB 11714), 18 the check character 校验码.
 *
 * <p>Only the 18th check character is verified. The organisation code carries its own GB 11714 check
 * character at position 17, but codes issued before the 2015 reform reused organisation codes whose
 * checks are not always consistent, and the 18th character already covers all 17 preceding ones, so
 * a second check would reject real codes while catching no extra typos.
 *
 * <p>Lower-case input is accepted and upper-cased, since people type these codes by hand.
 */
public final class UnifiedSocialCreditCode {

    /** The 31 characters of the code, in value order: digits and letters except I, O, S, V and Z. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;

    private UnifiedSocialCreditCode(String value) {
        this.value = value;
    }

    /** @throws InvalidCreditCodeException if the code's length, characters or check character is wrong */
    public static UnifiedSocialCreditCode parse(String code) {
        String value = upperCase(code);
        if (value.length() != 18) {
            throw new InvalidCreditCodeException(Reason.LENGTH,
                    "Credit code '" + code + "' must have 18 characters, not " + value.length());
        }
        checkAlphabet(value);
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw new InvalidCreditCodeException(Reason.CHECK_CHARACTER,
                    "Credit code '" + code + "' should end in check character '" + expected + "'");
        }
        return new UnifiedSocialCreditCode(value);
    }

    public static boolean isValid(String code) {
        if (code == null) {
            return false;
        }
        try {
            parse(code);
            return true;
        } catch (InvalidCreditCodeException e) {
            return false;
        }
    }

    /**
     * The check character for the first 17 characters of a code.
     *
     * @throws InvalidCreditCodeException with {@code LENGTH} or {@code CHARACTER} if {@code first17} is not
     *     17 characters of the code's alphabet with digits at positions 3–8
     */
    public static char checkCharacter(String first17) {
        String body = upperCase(first17);
        if (body.length() != 17) {
            throw new InvalidCreditCodeException(Reason.LENGTH,
                    "Credit code body '" + first17 + "' must have 17 characters, not " + body.length());
        }
        checkAlphabet(body);
        for (int i = 2; i < 8; i++) {
            if (body.charAt(i) < '0' || body.charAt(i) > '9') {
                throw new InvalidCreditCodeException(Reason.CHARACTER,
                        "Credit code '" + first17 + "' must have a 6-digit division code at positions 3-8");
            }
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** {@code first17} followed by its check character, the complete 18-character code. */
    public static String withCheckCharacter(String first17) {
        return upperCase(first17) + checkCharacter(first17);
    }

    private static void checkAlphabet(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                throw new InvalidCreditCodeException(Reason.CHARACTER,
                        "Credit code character '" + text.charAt(i) + "' is not allowed (I, O, S, V and Z never occur)");
            }
        }
    }

    private static String upperCase(String code) {
        return Objects.requireNonNull(code, "code").toUpperCase(Locale.ROOT);
    }

    /** The full 18-character code. */
    public String value() {
        return value;
    }

    /** Position 1, the registration authority 登记管理部门, e.g. '5' for 民政. */
    public char registrationAuthority() {
        return value.charAt(0);
    }

    /** Position 2, the organisation type 机构类别 within the registration authority. */
    public char organizationType() {
        return value.charAt(1);
    }

    /** Positions 3–8, the division code 行政区划码 of the registration authority, e.g. 430100. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    /** Positions 9–17, the organisation code 组织机构代码 including its own check character. */
    public String organizationCode() {
        return value.substring(8, 17);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnifiedSocialCreditCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}

package cn.incubator.platform.text;

/**
 * Masks personal data (个人信息脱敏) before it is shown in responses, so that lists and detail views
 * identify a person to those who already know them without disclosing the data itself.
 *
 * <p>Every method returns {@code null} for {@code null}, so optional fields can be masked without checks.
 */
public final class Masking {

    private static final char MASK = '*';

    private Masking() {
    }

    /**
     * Keeps the first 3 and the last 4 characters of a phone number, e.g. 13812345678 → 138****5678.
     * Numbers too short to keep 7 characters visible are masked entirely.
     */
    public static String mobilePhone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 8) {
            return String.valueOf(MASK).repeat(phone.length());
        }
        return phone.substring(0, 3) + String.valueOf(MASK).repeat(phone.length() - 7)
                + phone.substring(phone.length() - 4);
    }

    /**
     * Keeps the first character of a name and masks each of the others, e.g. 张三 → 张*, 欧阳修 → 欧**.
     * A one-character name is masked entirely, since keeping it would reveal it all.
     */
    public static String personName(String name) {
        if (name == null) {
            return null;
        }
        // Counting code points, not chars, because some surnames and given names lie outside the BMP.
        int length = name.codePointCount(0, name.length());
        if (length <= 1) {
            return String.valueOf(MASK).repeat(length);
        }
        int firstEnd = name.offsetByCodePoints(0, 1);
        return name.substring(0, firstEnd) + String.valueOf(MASK).repeat(length - 1);
    }
}

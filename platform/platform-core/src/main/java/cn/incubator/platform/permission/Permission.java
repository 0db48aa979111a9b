package cn.incubator.platform.permission;

import java.util.regex.Pattern;

/**
 * One thing a caller may do (权限标识), named {@code service:resource:action} as RuoYi users know it, e.g.
 * {@code registry:organization:read}. Data scope narrows every permission further.
 *
 * @param code    the identifier an operation declares
 * @param chinese what it allows, in Chinese (the default language of the platform)
 * @param english what it allows, in English
 */
public record Permission(String code, String chinese, String english) {

    private static final Pattern CODE = Pattern.compile("[a-z]+(-[a-z]+)*(:[a-z]+(-[a-z]+)*){2}");

    public Permission {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A permission is named service:resource:action, not " + code);
        }
    }

    /** The service part of the code, e.g. {@code registry}. */
    public String service() {
        return code.substring(0, code.indexOf(':'));
    }
}

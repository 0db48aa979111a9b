package cn.incubator.incubation.base;

import java.util.UUID;

/** An area of a base (孵化区, 入驻区, 展示区, 咨询区). */
public record Zone(UUID id, UUID baseId, ZoneKind kind, String name) {
}

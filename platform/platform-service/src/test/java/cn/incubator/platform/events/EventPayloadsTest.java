package cn.incubator.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Api;
import com.google.protobuf.Struct;
import com.google.protobuf.Timestamp;
import com.google.protobuf.Value;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventPayloadsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theTypeIsTheMessagesFullNameAndThePayloadItsReadableJson() {
        Struct named = Struct.newBuilder().putFields("organizationName",
                Value.newBuilder().setStringValue("星沙街道邻里互助队").build()).build();

        EventEnvelope event = envelope(EventPayloads.typeOf(named), EventPayloads.toJson(named, JSON).toString());

        assertThat(event.type()).isEqualTo("google.protobuf.Struct");
        assertThat(event.payload().get("organizationName").asString()).isEqualTo("星沙街道邻里互助队");
        assertThat(EventPayloads.read(event, Struct.getDefaultInstance())).isEqualTo(named);
    }

    @Test
    void timestampsKeepMicrosecondsAndUnsetOnesAreNull() {
        Instant at = Instant.parse("2026-12-02T05:40:53.123456Z");

        assertThat(EventPayloads.instant(EventPayloads.timestamp(at))).isEqualTo(at);
        assertThat(EventPayloads.timestamp(null)).isEqualTo(Timestamp.getDefaultInstance());
        assertThat(EventPayloads.instant(Timestamp.getDefaultInstance())).isNull();
    }

    @Test
    void unknownFieldsAreIgnoredButAnotherTypeOrMalformedJsonIsRefused() {
        // A producer added a field within the version: an older consumer reads what it knows.
        EventEnvelope newer = envelope("google.protobuf.Api",
                "{\"name\":\"registry\",\"version\":\"v1\",\"addedLater\":1}");
        assertThat(EventPayloads.read(newer, Api.getDefaultInstance()).getName()).isEqualTo("registry");

        assertThatThrownBy(() -> EventPayloads.read(newer, Struct.getDefaultInstance()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a google.protobuf.Struct");
        EventEnvelope malformed = envelope("google.protobuf.Timestamp", "\"yesterday\"");
        assertThatThrownBy(() -> EventPayloads.read(malformed, Timestamp.getDefaultInstance()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed");
    }

    private static EventEnvelope envelope(String type, String payload) {
        return new EventEnvelope(UUID.randomUUID(), type, Instant.now(), "test", "430121001000",
                UUID.randomUUID().toString(), JSON.readTree(payload));
    }
}

package cn.incubator.platform.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.jurisdiction.InvalidJurisdictionException.Reason;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JurisdictionTest {

    @ParameterizedTest(name = "{0} is {1} ({2})")
    @CsvSource({
        "430000000000, 湖南省, PROVINCE",
        "430100000000, 长沙市, CITY",
        "430121000000, 长沙县, DISTRICT",
        "430121001000, 星沙街道, STREET",
        "430121004000, 㮾梨街道, STREET",
        "430121001001, 开元路社区居委会, COMMUNITY",
        "150627, 伊金霍洛旗, DISTRICT",
        "511802, 雨城区, DISTRICT",
        "370211009, 珠海街道, STREET",
        "110100, 市辖区, CITY",
    })
    void resolvesRealDivisions(String code, String name, Tier tier) {
        Jurisdiction jurisdiction = Jurisdiction.of(code);

        assertThat(jurisdiction.name()).isEqualTo(name);
        assertThat(jurisdiction.tier()).isEqualTo(tier);
        assertThat(jurisdiction.code()).hasSize(12).startsWith(code);
    }

    @Test
    void shortFormsNormaliseToTheSameTwelveDigitCode() {
        assertThat(Jurisdiction.of("430121")).isEqualTo(Jurisdiction.of("430121000000"));
        assertThat(Jurisdiction.of("430121001")).isEqualTo(Jurisdiction.of("430121001000"));
        assertThat(Jurisdiction.of("430121001")).hasToString("430121001000");
    }

    @Test
    void significantPrefixEndsAtTheTierBoundary() {
        assertThat(Jurisdiction.of("430000").significantPrefix()).isEqualTo("43");
        assertThat(Jurisdiction.of("430100").significantPrefix()).isEqualTo("4301");
        assertThat(Jurisdiction.of("430121").significantPrefix()).isEqualTo("430121");
        assertThat(Jurisdiction.of("430121001").significantPrefix()).isEqualTo("430121001");
        assertThat(Jurisdiction.of("430121001001").significantPrefix()).isEqualTo("430121001001");
    }

    @Test
    void fullNameJoinsAncestorsAndSkipsGroupingNames() {
        assertThat(Jurisdiction.of("430121001").fullName()).isEqualTo("湖南省长沙市长沙县星沙街道");
        assertThat(Jurisdiction.of("110101001").fullName()).isEqualTo("北京市东城区东华门街道");
        assertThat(Jurisdiction.of("500229").fullName()).isEqualTo("重庆市城口县");
        assertThat(Jurisdiction.of("430000").fullName()).isEqualTo("湖南省");
    }

    @Nested
    class Hierarchy {

        @Test
        void changshaCountyHasEighteenStreetsAndTowns() {
            List<Jurisdiction> children = Jurisdiction.of("430121").children();

            assertThat(children).hasSize(18).isSorted().allMatch(child -> child.tier() == Tier.STREET);
            assertThat(children).extracting(Jurisdiction::name).contains("星沙街道", "㮾梨街道", "开慧镇");
        }

        @Test
        void parentChainClimbsToTheProvince() {
            Jurisdiction community = Jurisdiction.of("430121001001");

            assertThat(community.parent()).contains(Jurisdiction.of("430121001"));
            assertThat(community.parent().flatMap(Jurisdiction::parent)).contains(Jurisdiction.of("430121"));
            assertThat(Jurisdiction.of("430121").parent()).contains(Jurisdiction.of("430100"));
            assertThat(Jurisdiction.of("430100").parent()).contains(Jurisdiction.of("430000"));
            assertThat(Jurisdiction.of("430000").parent()).isEmpty();
        }

        @Test
        void municipalityDistrictsHangBelowThePseudoCity() {
            assertThat(Jurisdiction.of("110101").parent()).contains(Jurisdiction.of("110100"));
            assertThat(Jurisdiction.of("110100").parent()).contains(Jurisdiction.of("110000"));
            assertThat(Jurisdiction.of("110000").children()).containsExactly(Jurisdiction.of("110100"));
        }

        @Test
        void streetsOfACityWithoutDistrictsHangBelowTheCity() {
            Jurisdiction dongguan = Jurisdiction.of("441900");
            Jurisdiction street = Jurisdiction.of("441900003");

            assertThat(dongguan.tier()).isEqualTo(Tier.CITY);
            assertThat(street.tier()).isEqualTo(Tier.STREET);
            assertThat(street.parent()).contains(dongguan);
            assertThat(dongguan.children()).contains(street).allMatch(child -> child.tier() == Tier.STREET);
            assertThat(street.fullName()).isEqualTo("广东省东莞市东城街道");
        }

        @Test
        void everyChildNamesItsParentBack() {
            Jurisdiction hunan = Jurisdiction.of("430000");

            assertThat(hunan.children()).isNotEmpty()
                    .allSatisfy(city -> assertThat(city.parent()).contains(hunan));
        }

        @Test
        void communityHasNoChildren() {
            assertThat(Jurisdiction.of("430121001001").children()).isEmpty();
        }
    }

    @Nested
    class Contains {

        private final Jurisdiction changsha = Jurisdiction.of("430100");
        private final Jurisdiction changshaCounty = Jurisdiction.of("430121");
        private final Jurisdiction xingsha = Jurisdiction.of("430121001");

        @Test
        void containsDescendantsAtEveryTier() {
            assertThat(Jurisdiction.of("430000").contains(xingsha)).isTrue();
            assertThat(changsha.contains(Jurisdiction.of("430121001000"))).isTrue();
            assertThat(changshaCounty.contains(xingsha)).isTrue();
            assertThat(xingsha.contains(Jurisdiction.of("430121001001"))).isTrue();
        }

        @Test
        void containsItself() {
            assertThat(xingsha.contains(xingsha)).isTrue();
            assertThat(changsha.contains(changsha)).isTrue();
        }

        @Test
        void doesNotContainAncestors() {
            assertThat(xingsha.contains(changshaCounty)).isFalse();
            assertThat(changshaCounty.contains(changsha)).isFalse();
        }

        @Test
        void doesNotContainSiblings() {
            assertThat(changshaCounty.contains(Jurisdiction.of("430181001"))).isFalse();
            assertThat(xingsha.contains(Jurisdiction.of("430121002"))).isFalse();
        }

        @Test
        void comparesWholeTierPartsNotStrippedZeros() {
            // 郴州市 431000 stripped of trailing zeros reads "431", which also starts 永州市 431100.
            Jurisdiction chenzhou = Jurisdiction.of("431000");
            Jurisdiction lingling = Jurisdiction.of("431102");

            assertThat(chenzhou.contains(lingling)).isFalse();
            assertThat(Jurisdiction.of("431100").contains(lingling)).isTrue();
        }
    }

    @Nested
    class Rejection {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {
            "43012",            // 5 digits
            "4301210",          // 7 digits
            "4301210010001",    // 13 digits
            "43012A",           // letter
            "43O121",           // letter O for zero
            " 430121",          // padding is the caller's business
            "430121000001",     // community under a zero street
            "000000",           // zero province
            "001234",           // zero province, non-zero below
            "430021",           // district under a zero city
        })
        void rejectsMalformedCodes(String code) {
            assertThatThrownBy(() -> Jurisdiction.of(code))
                    .isInstanceOfSatisfying(InvalidJurisdictionException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
            assertThat(Jurisdiction.isValid(code)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"439900000000", "430199", "430121999", "990000", "430121001999"})
        void rejectsWellFormedButUnknownCodes(String code) {
            assertThatThrownBy(() -> Jurisdiction.of(code))
                    .isInstanceOfSatisfying(InvalidJurisdictionException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN);
                        assertThat(e.input()).isEqualTo(code);
                    });
            assertThat(Jurisdiction.isValid(code)).isFalse();
        }

        @Test
        void acceptsKnownCodes() {
            assertThat(Jurisdiction.isValid("430121")).isTrue();
            assertThat(Jurisdiction.isValid("430121004")).isTrue();
        }
    }

    @Test
    void equalityIsByCode() {
        assertThat(Jurisdiction.of("430121")).isEqualTo(Jurisdiction.of("430121000000"))
                .hasSameHashCodeAs(Jurisdiction.of("430121000000"))
                .isNotEqualTo(Jurisdiction.of("430100"));
        assertThat(Optional.of(Jurisdiction.of("430121"))).contains(Jurisdiction.of("430121000"));
    }
}

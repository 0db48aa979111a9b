package cn.incubator.platform.rollup;

import cn.incubator.contracts.platform.v1.GrantTotals;
import cn.incubator.contracts.platform.v1.IncubationPipeline;
import cn.incubator.contracts.platform.v1.PartyCoverage;
import cn.incubator.contracts.platform.v1.RegistryCounts;
import cn.incubator.contracts.platform.v1.Statistics;
import cn.incubator.contracts.platform.v1.TrainingFigures;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** Adds two nodes' statistics field by field: counts as longs, amounts as exact decimals (two places). */
public final class StatisticsSums {

    private StatisticsSums() {
    }

    /** No node's figures: every count zero, every amount "0.00". */
    public static Statistics zero() {
        return add(Statistics.getDefaultInstance(), Statistics.getDefaultInstance());
    }

    public static Statistics add(Statistics a, Statistics b) {
        return Statistics.newBuilder()
                .setRegistry(add(a.getRegistry(), b.getRegistry()))
                .setIncubation(add(a.getIncubation(), b.getIncubation()))
                .setParty(add(a.getParty(), b.getParty()))
                .setGrants(add(a.getGrants(), b.getGrants()))
                .setTraining(add(a.getTraining(), b.getTraining()))
                .build();
    }

    static RegistryCounts add(RegistryCounts a, RegistryCounts b) {
        return RegistryCounts.newBuilder()
                .setOrganizations(Math.addExact(a.getOrganizations(), b.getOrganizations()))
                .setSocialGroups(Math.addExact(a.getSocialGroups(), b.getSocialGroups()))
                .setPrivateNonEnterpriseUnits(
                        Math.addExact(a.getPrivateNonEnterpriseUnits(), b.getPrivateNonEnterpriseUnits()))
                .setFoundations(Math.addExact(a.getFoundations(), b.getFoundations()))
                .setCommunityOrganizations(
                        Math.addExact(a.getCommunityOrganizations(), b.getCommunityOrganizations()))
                .setTalents(Math.addExact(a.getTalents(), b.getTalents()))
                .setRegisteredOrganizations(
                        Math.addExact(a.getRegisteredOrganizations(), b.getRegisteredOrganizations()))
                .build();
    }

    static IncubationPipeline add(IncubationPipeline a, IncubationPipeline b) {
        return IncubationPipeline.newBuilder()
                .setApplied(Math.addExact(a.getApplied(), b.getApplied()))
                .setAdmitted(Math.addExact(a.getAdmitted(), b.getAdmitted()))
                .setInIncubation(Math.addExact(a.getInIncubation(), b.getInIncubation()))
                .setGraduated(Math.addExact(a.getGraduated(), b.getGraduated()))
                .setWithdrawn(Math.addExact(a.getWithdrawn(), b.getWithdrawn()))
                .putAllCasesByStage(add(a.getCasesByStageMap(), b.getCasesByStageMap()))
                .build();
    }

    static PartyCoverage add(PartyCoverage a, PartyCoverage b) {
        return PartyCoverage.newBuilder()
                .setOrganizations(Math.addExact(a.getOrganizations(), b.getOrganizations()))
                .setWithPartyOrganization(Math.addExact(a.getWithPartyOrganization(), b.getWithPartyOrganization()))
                .setWithInstructor(Math.addExact(a.getWithInstructor(), b.getWithInstructor()))
                .setMembers(Math.addExact(a.getMembers(), b.getMembers()))
                .setBranches(Math.addExact(a.getBranches(), b.getBranches()))
                .setJointBranches(Math.addExact(a.getJointBranches(), b.getJointBranches()))
                .setJointCommittees(Math.addExact(a.getJointCommittees(), b.getJointCommittees()))
                .setInstructors(Math.addExact(a.getInstructors(), b.getInstructors()))
                .build();
    }

    static GrantTotals add(GrantTotals a, GrantTotals b) {
        return GrantTotals.newBuilder()
                .setAwards(Math.addExact(a.getAwards(), b.getAwards()))
                .setAwardedAmount(add(a.getAwardedAmount(), b.getAwardedAmount()))
                .setDisbursedAmount(add(a.getDisbursedAmount(), b.getDisbursedAmount()))
                .build();
    }

    static TrainingFigures add(TrainingFigures a, TrainingFigures b) {
        return TrainingFigures.newBuilder()
                .setSessions(Math.addExact(a.getSessions(), b.getSessions()))
                .setPersonTimes(Math.addExact(a.getPersonTimes(), b.getPersonTimes()))
                .build();
    }

    /** Two count maps added key by key, in key order. */
    static Map<String, Long> add(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> sum = new TreeMap<>(a);
        b.forEach((key, count) -> sum.merge(key, count, Math::addExact));
        return sum;
    }

    /** Two decimal strings added exactly, to two places; an empty string (a section left unset) counts as zero. */
    static String add(String a, String b) {
        return amount(a).add(amount(b)).setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static BigDecimal amount(String decimal) {
        return decimal.isEmpty() ? BigDecimal.ZERO : new BigDecimal(decimal);
    }
}

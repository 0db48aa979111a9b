package cn.incubator.registry.field;

/** An enum constant with a Chinese name (what Excel templates offer and exports show). */
public interface Labelled {

    String chinese();
}

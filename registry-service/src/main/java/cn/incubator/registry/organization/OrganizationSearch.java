package cn.incubator.registry.organization;

import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.registry.field.ServiceField;

/** Search criteria; every one is optional, and the caller's data scope always applies on top. */
record OrganizationSearch(
        String name,
        LegalForm legalForm,
        Category category,
        OrganizationStatus status,
        Maturity maturity,
        ServiceField serviceField,
        Jurisdiction within,
        int page,
        int size,
        Sort sort) {

    /** Only a name, first page of 20 by name: what the benchmark and simple look-ups ask. */
    static OrganizationSearch byName(String name) {
        return new OrganizationSearch(name, null, null, null, null, null, null, 0, 20, Sort.NAME);
    }

    /** The same search, another page. */
    OrganizationSearch page(int number, int rows) {
        return new OrganizationSearch(name, legalForm, category, status, maturity, serviceField, within, number, rows,
                sort);
    }

    /** Sort orders a list offers; the id breaks ties so paging is stable. */
    enum Sort {
        NAME("name_normalized, id",
                ListOrder.identifiedBy(OrganizationView::id).text(row -> NameGrams.normalize(row.name())).thenId()),
        NEWEST("created_at DESC, id", ListOrder.identifiedBy(OrganizationView::id)
                .newestFirst(OrganizationView::createdAt).thenId());

        final String orderBy;
        /** The same order over rows from several nodes (a federated search). */
        final ListOrder<OrganizationView> rows;

        Sort(String orderBy, ListOrder<OrganizationView> rows) {
            this.orderBy = orderBy;
            this.rows = rows;
        }
    }
}

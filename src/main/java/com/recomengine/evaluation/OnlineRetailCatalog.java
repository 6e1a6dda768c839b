package com.recomengine.evaluation;

import com.recomengine.catalog.BatchReport;
import com.recomengine.shared.TenantId;
import java.nio.file.Path;

/**
 * The product table hidden in the UCI Online Retail transactions (a file of the data set, gzip or plain CSV), upserted
 * into a tenant's catalog through its CSV feed import: the demo tenant's catalog and {@code make eval}'s.
 */
public interface OnlineRetailCatalog {

    /** Derives the product table and upserts it at {@code dataVersion} 1, so that running it again changes nothing. */
    BatchReport importInto(TenantId tenant, Path transactions);

    /**
     * The same product table with each product's {@code imageUrl} and {@code url} from {@code links}, upserted at
     * {@code dataVersion} 2 so that it replaces a table imported without links.
     */
    BatchReport importInto(TenantId tenant, Path transactions, ProductLinks links);
}

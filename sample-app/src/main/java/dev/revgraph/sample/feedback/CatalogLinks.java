package dev.revgraph.sample.feedback;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a resource's page in the data catalog is. A resource created without a URL of its own links to its
 * catalog page; revision {@code 9c0d7e41a2b3} applies the same rule to the resources created before it, with
 * this bean, so the rule lives in one place.
 */
@Component
public class CatalogLinks {

    /** The catalog the sample links to unless {@code feedback.catalog-url} says otherwise. */
    public static final String DEFAULT_CATALOG_URL = "https://catalog.example.org";

    private final String catalogUrl;

    public CatalogLinks(@Value("${feedback.catalog-url:" + DEFAULT_CATALOG_URL + "}") String catalogUrl) {
        this.catalogUrl = catalogUrl.endsWith("/") ? catalogUrl.substring(0, catalogUrl.length() - 1) : catalogUrl;
    }

    /** The page of resource {@code id}. */
    public String resourcePage(long id) {
        return resourcePagePrefix() + id;
    }

    /** What precedes a resource's id in its page's URL. */
    public String resourcePagePrefix() {
        return this.catalogUrl + "/resources/";
    }
}

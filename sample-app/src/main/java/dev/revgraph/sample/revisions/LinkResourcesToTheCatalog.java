package dev.revgraph.sample.revisions;

import dev.revgraph.Migration;
import dev.revgraph.Revision;
import dev.revgraph.operation.Operations;
import dev.revgraph.sample.feedback.CatalogLinks;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A data migration that uses an application bean: resources created before the application linked new
 * resources to their catalog page get the same link, from the same {@link CatalogLinks} bean, so the rule
 * is written once. In the application the bean factory creates this revision, through the
 * {@code @Autowired} constructor, with the configured {@code feedback.catalog-url}.
 *
 * <p>The no-argument constructor is for the test kit, which creates Java revisions outside Spring: there
 * the catalog URL is the default one. The kit's checks compare schemas, which this revision does not
 * change, so what it proves does not depend on the URL.
 *
 * <p>The downgrade leaves the links: they are valid data for the schema below this revision too.
 */
@Revision(id = "9c0d7e41a2b3", down = "5c3e7f9a1d26", message = "Link resources without a URL to their catalog page",
        created = "2024-06-08T09:00:00Z")
public class LinkResourcesToTheCatalog implements Migration {

    private final CatalogLinks catalogLinks;

    /** Outside Spring (the test kit): the default catalog URL. */
    public LinkResourcesToTheCatalog() {
        this(new CatalogLinks(CatalogLinks.DEFAULT_CATALOG_URL));
    }

    @Autowired
    public LinkResourcesToTheCatalog(CatalogLinks catalogLinks) {
        this.catalogLinks = catalogLinks;
    }

    @Override
    public void upgrade(Operations op) {
        String prefix = this.catalogLinks.resourcePagePrefix().replace("'", "''");
        op.execute("UPDATE resources SET url = CONCAT('" + prefix + "', id) WHERE url IS NULL");
    }

    @Override
    public void downgrade(Operations op) {
    }
}

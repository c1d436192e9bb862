package dev.revgraph.autogenerate.hibernate.shop;

import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Foreign keys (one cascading on delete), a many-to-many join table, element collections, a version. */
@Entity
@Table(name = "orders")
public class PurchaseOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "billing_customer_id")
    private Customer billedTo;

    @OneToMany(mappedBy = "order")
    private List<OrderLine> lines;

    @ManyToMany
    @JoinTable(name = "order_tags", joinColumns = @JoinColumn(name = "order_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags;

    @ManyToMany
    private List<Product> wishList;

    @ElementCollection
    @CollectionTable(name = "order_notes")
    @Column(name = "note", length = 500)
    @OrderColumn(name = "position")
    private List<String> notes;

    @ElementCollection
    private Set<Address> deliveryAddresses;

    @Version
    private int version;
}

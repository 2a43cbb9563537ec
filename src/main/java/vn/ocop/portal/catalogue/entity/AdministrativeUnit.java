package vn.ocop.portal.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

import vn.ocop.portal.catalogue.control.VietnameseText;

/**
 * A province, district or commune as a decision names it. Units are data, not an enum: provinces merged in 2025 and
 * districts disappeared, yet older certificates must still show the names they were issued under. A unit is known by
 * its path of names ("Hòa Bình|Yên Thủy|Lạc Lương"; a commune straight under a province has an empty district).
 */
@Entity
@Cacheable // written once by an import and never changed: safe to share across requests and instances
@Table(name = "admin_unit")
@NamedQuery(name = AdministrativeUnit.FIND_BY_KEY, query = "select u from AdministrativeUnit u where u.unitKey = :key")
@NamedQuery(name = AdministrativeUnit.FIND_PROVINCE_BY_FOLDED_NAME,
    query = "select u from AdministrativeUnit u where u.level = vn.ocop.portal.catalogue.entity.UnitLevel.PROVINCE and u.foldedName = :name")
public class AdministrativeUnit {

    public static final String FIND_BY_KEY = "AdministrativeUnit.findByKey";
    public static final String FIND_PROVINCE_BY_FOLDED_NAME = "AdministrativeUnit.findProvinceByFoldedName";
    public static final int NAME_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "admin_unit")
    @TableGenerator(name = "admin_unit", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = "admin_unit", allocationSize = 20)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level", nullable = false, length = 16)
    private UnitLevel level;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "folded_name", nullable = false, length = NAME_LENGTH)
    private String foldedName;

    @Column(name = "sort_key", nullable = false, length = VietnameseText.SORT_KEY_LENGTH)
    private String sortKey;

    @Column(name = "unit_key", nullable = false, unique = true, length = 400)
    private String unitKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private AdministrativeUnit parent;

    @Version
    private int version;

    protected AdministrativeUnit() {
    }

    public AdministrativeUnit(UnitLevel level, String name, AdministrativeUnit parent, String unitKey) {
        this.level = level;
        this.name = VietnameseText.clean(name);
        this.foldedName = VietnameseText.fold(name);
        this.sortKey = VietnameseText.sortKey(name);
        this.parent = parent;
        this.unitKey = unitKey;
    }

    /** The key of a place: province, optional district, optional commune. */
    public static String keyOf(String province, String district, String commune) {
        StringBuilder key = new StringBuilder(VietnameseText.clean(province));
        if (district != null || commune != null) {
            key.append('|').append(district == null ? "" : VietnameseText.clean(district));
        }
        if (commune != null) {
            key.append('|').append(VietnameseText.clean(commune));
        }
        return key.toString();
    }

    public Long getId() {
        return id;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public String getName() {
        return name;
    }

    public AdministrativeUnit getParent() {
        return parent;
    }

    public String getUnitKey() {
        return unitKey;
    }
}

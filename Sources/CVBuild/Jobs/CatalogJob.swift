/// `roles` and `keywords` as jobs: the built-in role keyword sets and skills taxonomy.
public enum CatalogJob {
    public static var taxonomy: Outcome<Taxonomy> { Taxonomy.builtIn }

    /// One role set, with the taxonomy to name its skills; `requestedAt` is where the id was given.
    public static func role(_ id: String, requestedAt: SourceLocation) -> Outcome<(set: RoleSet, taxonomy: Taxonomy)> {
        Taxonomy.builtIn.flatMap { taxonomy in RoleCatalog.load(id, taxonomy: taxonomy, requestedAt: requestedAt).map { ($0, taxonomy) } }
    }

    /// Every role set, in id order; each one that cannot be read is a failure of its own.
    public static func roles() -> [Outcome<RoleSet>] {
        RoleCatalog.ids.map { id in role(id, requestedAt: SourceLocation(file: "roles")).map(\.set) }
    }
}

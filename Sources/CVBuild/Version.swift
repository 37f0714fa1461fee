public enum CVBuildVersion {
    public static let current = "0.1.0"
}

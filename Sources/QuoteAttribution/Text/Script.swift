internal import ICUShims

/// The Unicode script of text, from ICU (`uscript_getScript`).
public enum Script {
    /// The ISO 15924 short name ("Latn", "Arab", "Cyrl") of the most frequent script among
    /// the letters of `text`, or "Zyyy" (common) when it has none.
    public static func dominant(in text: String) -> String {
        var counts: [Int32: Int] = [:]
        var seen = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            var status: Int32 = 0
            let code = ICUShims_script(scalar.value, &status)
            if status <= 0 { counts[code, default: 0] += 1 }
            seen += 1
            if seen >= 2000 { break }
        }
        guard let top = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              let name = ICUShims_scriptShortName(top.key)
        else { return "Zyyy" }
        return String(cString: name)
    }
}

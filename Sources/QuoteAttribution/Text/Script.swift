internal import ICUShims

/// The Unicode script of text, from ICU (`uscript_getScript`).
public enum Script {
    /// USCRIPT_LATIN.
    private static let latin: Int32 = 25

    /// The ISO 15924 short name ("Latn", "Hira", "Hani") of one scalar's script, or nil
    /// where ICU does not know it.
    public static func shortName(of scalar: Unicode.Scalar) -> String? {
        var status: Int32 = 0
        let code = ICUShims_script(scalar.value, &status)
        guard status <= 0, let name = ICUShims_scriptShortName(code) else { return nil }
        return String(cString: name)
    }

    /// The ISO 15924 short name ("Latn", "Arab", "Cyrl") of the most frequent script among
    /// the letters of `text`, or "Zyyy" (common) when it has none.
    public static func dominant(in text: String) -> String {
        var counts: [Int32: Int] = [:]
        var seen = 0
        // The first few hundred letters tell; ASCII letters are Latin without asking ICU.
        for scalar in text.unicodeScalars {
            let code: Int32
            if scalar.isASCII {
                guard (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) else { continue }
                code = latin
            } else {
                guard scalar.properties.isAlphabetic else { continue }
                var status: Int32 = 0
                code = ICUShims_script(scalar.value, &status)
                guard status <= 0 else { continue }
            }
            counts[code, default: 0] += 1
            seen += 1
            if seen >= 400 { break }
        }
        guard let top = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              let name = ICUShims_scriptShortName(top.key)
        else { return "Zyyy" }
        return String(cString: name)
    }
}

import Foundation

/// A dashboard session on iOS.
struct Session: Codable {
    let user: String
    var expiresAt: Date
}

@MainActor
final class SessionStore {
    private var sessions: [String: Session] = [:]

    func isValid(_ user: String, now: Date = .now) -> Bool {
        guard let session = sessions[user] else { return false }
        print("checking \(user)")
        return session.expiresAt > now
    }
}

#if DEBUG
let store = SessionStore()
#endif

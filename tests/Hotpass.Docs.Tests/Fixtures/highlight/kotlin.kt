package org.hotpass.dashboard

data class Session(val user: String, val expiresAt: Long)

// Refuses a session whose secret has rotated.
fun validate(session: Session?, now: Long): Boolean {
    val s = session ?: return false
    println("checking ${s.user} at $now")
    return when {
        s.expiresAt < now -> false
        else -> true
    }
}

object Limits {
    const val MAX_CHUNK = 250_000
    val names = listOf("alpha", "beta")
}

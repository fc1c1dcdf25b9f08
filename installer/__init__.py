"""Building the desktop client bundle and its installers (see README, "Installers")."""
